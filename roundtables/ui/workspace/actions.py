"""Actions declared as data in one place: id, title, shortcuts, callback.

A window lists its actions as :class:`ActionSpec` values; :func:`install_actions`
turns them into QActions (in menus, with shortcuts), and the help overlay (F1)
is generated from the same list, so the list of shortcuts can never go stale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu, QMenuBar, QTabWidget, QWidget


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


def reach_from_window(
    window: QWidget, pages: Sequence[tuple[QWidget, Callable[[], object]]]
) -> list[QAction]:
    """Let a page's Ctrl+Shift keys (add an action point, a walk-in, photos) work from
    the whole window: each brings its page forward (``show``) first.

    Its other keys (Insert, Space, Del…) stay inside the page, where typing meant
    for a note cannot hit them.  Returns the window-wide actions (for F1).
    """
    reaching: list[QAction] = []
    portable = QKeySequence.SequenceFormat.PortableText
    for page, show in pages:
        for action in page.actions():
            wide = [k for k in action.shortcuts() if k.toString(portable).startswith("Ctrl+Shift+")]
            if not wide or action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                continue
            action.setShortcuts([k for k in action.shortcuts() if k not in wide])
            reach = QAction(action.text(), window)
            reach.setShortcuts(wide)
            reach.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            reach.setEnabled(action.isEnabled())
            action.enabledChanged.connect(reach.setEnabled)

            def bring_forward_and_do(_: bool = False, a: QAction = action,
                                     s: Callable[[], object] = show) -> None:
                s()
                a.trigger()

            reach.triggered.connect(bring_forward_and_do)
            window.addAction(reach)
            reaching.append(reach)
    return reaching


def clear_mnemonic_clashes(window: QWidget, menu_bar: QMenuBar | None = None) -> None:
    """Make every Alt+letter of a window do one thing, in whatever language.

    A translated title can pick a letter something else already has ("&Affichage"
    and Alt+A for the action points in French; a "&Round tables" tab and a
    "&Remove" button): Qt then finds the key ambiguous and does neither.  Declared
    shortcuts win; then buttons (each page's own letters; pages are not shown
    together); tab and menu titles, always visible, take a letter nobody uses, or
    none.
    """
    fixed: set[str] = set()
    for action in window.findChildren(QAction):
        fixed |= {_alt_letter(seq) for seq in action.shortcuts()} - {""}
    everything = window.findChildren(QAbstractButton)
    fixed |= {_alt_letter(b.shortcut()) for b in everything if not _mnemonic(b.text())} - {""}
    buttons = [b for b in everything if _mnemonic(b.text())]
    # pages nest (a tab inside a tab): a button shares the keyboard with the buttons of
    # its own page and of every page around it, never with those of a sibling page
    chains = {id(b): _pages_of(b, window) for b in buttons}
    letters: dict[int, set[str]] = {}
    for button in sorted(buttons, key=lambda b: len(chains[id(b)])):
        chain = chains[id(button)]
        used = set(fixed).union(*(letters.get(id(page), set()) for page in chain))
        button.setText(free_mnemonic(button.text(), used))
        letter = _mnemonic(button.text())
        if letter:
            letters.setdefault(id(chain[0]), set()).add(letter)
    taken = set(fixed).union(*letters.values())
    titled: list[tuple[Callable[[], str], Callable[[str], None]]] = []
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            titled.append((partial(tabs.tabText, i), partial(tabs.setTabText, i)))
    if menu_bar is not None:
        for menu_action in menu_bar.actions():
            titled.append((menu_action.text, menu_action.setText))
    for read, write in titled:
        write(free_mnemonic(read(), taken))
        letter = _mnemonic(read())
        if letter:
            taken.add(letter)


def _alt_letter(sequence: QKeySequence) -> str:
    """"a" for Alt+A; "" for anything else."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if text.startswith("Alt+") and len(text) == 5 and "," not in text:
        return text[4].casefold()
    return ""


def _pages_of(widget: QWidget, window: QWidget) -> list[QWidget]:
    """The tab or stack pages a widget is shown within, innermost first, then the window."""
    pages: list[QWidget] = []
    child: QWidget = widget
    parent = child.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QTabWidget) or parent.inherits("QStackedWidget"):
            pages.append(child)
        child, parent = parent, parent.parentWidget()
    return [*pages, window]


def free_mnemonic(title: str, taken: set[str]) -> str:
    """``title`` with its ``&`` on a letter not in ``taken`` (kept if it is free)."""
    current = _mnemonic(title)
    if current is None or current not in taken:
        return title  # free, or none wanted
    plain = title.replace("&&", "\x00").replace("&", "")
    for i, char in enumerate(plain):
        if char.isalnum() and char.casefold() not in taken:
            plain = plain[:i] + "&" + plain[i:]
            break
    return plain.replace("\x00", "&&")


def _mnemonic(title: str) -> str | None:
    cleaned = title.replace("&&", "")
    at = cleaned.find("&")
    if at < 0 or at + 1 >= len(cleaned):
        return None
    return cleaned[at + 1].casefold()
