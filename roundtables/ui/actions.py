"""Every window's actions, declared as data and built by one function.

A window (or a side panel) lists its actions as :class:`ActionSpec` values in
:mod:`roundtables.ui.keymap`: title, keys, menu, the name of the method that does
it, a help line, and whether it changes the event (off while read-only).
:func:`install_actions` turns them into QActions, in menus and on a toolbar, with
their keys; the help overlay (F1) lists the same actions, so the list of shortcuts
can never go stale, and the shortcut test walks them in every language.

The titles are English, marked with ``QT_TRANSLATE_NOOP`` under the window's
translation context; they are translated here, when the actions are built.  Keys
are not translated: the hints and the manual name them, in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabWidget,
    QToolBar,
    QWidget,
)

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One thing a person can do, with the keys that do it."""

    id: str
    #: English, marked for translation; ``{name}`` placeholders are filled from ``params``
    title: str
    shortcuts: tuple[Key, ...]
    #: the method that does it, as an attribute path on the owner ("close", "timer.toggle")
    handler: str
    args: tuple[Any, ...] = ()
    menu: str = ""  # title of the menu it appears in; "" for none
    help: str = ""  # the status-bar line (the title when empty)
    #: where the shortcut listens, as an attribute path on the owner; "" is the owner
    widget: str = ""
    #: with ``widget``: only while that very widget has the focus (Space, Del, + stay
    #: typing keys everywhere else); otherwise also while one of its children has it
    focus_only: bool = False
    edits: bool = False  # changes the event: disabled while it is read-only
    #: only while the event is read-only (reopen, archive)
    read_only_only: bool = False
    #: a refused change shows its one line (through the owner's ``guard``)
    refusable: bool = False
    separator: bool = False  # a line above it in its menu
    #: already-translated values for the title's placeholders (a panel's name, a note type)
    params: tuple[tuple[str, str], ...] = ()

    def key_sequences(self) -> list[QKeySequence]:
        """Every key sequence (a standard key as this platform's main binding: Ctrl+F,
        not also the Find key of a multimedia keyboard)."""
        return [QKeySequence(key) for key in self.shortcuts]

    def keys_text(self) -> str:
        """The shortcuts as a person reads them ("Ctrl+Return, Ctrl+Enter")."""
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(k.toString(native) for k in self.key_sequences())

    def text(self, context: str) -> str:
        """The title in the interface language, placeholders filled."""
        title = QCoreApplication.translate(context, self.title)
        return title.format(**dict(self.params)) if self.params else title


@dataclass(frozen=True)
class Keymap:
    """A window's actions and the context their titles are translated in."""

    context: str
    specs: tuple[ActionSpec, ...]
    toolbar: tuple[str, ...] = ()  # ids shown on the window's toolbar, in order
    #: a side panel's: its keys listen while the panel (or a widget in it) has the focus
    panel: bool = False


class Actions(dict[str, QAction]):
    """The QActions built from a list of specs, by id, in declaration order."""

    def __init__(self, specs: Sequence[ActionSpec]) -> None:
        super().__init__()
        self.specs = tuple(specs)

    def set_read_only(self, read_only: bool) -> None:
        """Editing actions off while the event is read-only; read-only ones only then."""
        for spec in self.specs:
            if spec.edits:
                self[spec.id].setEnabled(not read_only)
            elif spec.read_only_only:
                self[spec.id].setEnabled(read_only)

    def shortcut_actions(self) -> list[QAction]:
        """The actions that have keys, in the order they were declared (for F1)."""
        return [self[s.id] for s in self.specs if self[s.id].shortcuts()]


def install_actions(
    owner: QWidget,
    keymap: Keymap,
    *,
    menu_bar: QMenuBar | None = None,
    toolbar: QToolBar | None = None,
    guard: Callable[[Callable[[], Any]], Callable[[], Any]] | None = None,
) -> Actions:
    """Create a QAction per spec of ``keymap``, with its keys, in its menu and on the
    toolbar (the keymap's toolbar ids, in order).

    ``owner`` is a window (keys listen on the whole window) or, for a panel's keymap,
    a panel inside one (keys listen while it has the focus).  ``guard`` wraps the handlers of
    refusable actions.
    """
    context, specs = keymap.context, keymap.specs
    actions = Actions(specs)
    menus: dict[str, QMenu] = {}
    is_window = not keymap.panel
    for spec in specs:
        action = QAction(spec.text(context), owner)
        action.setObjectName(spec.id)
        action.setShortcuts(spec.key_sequences())
        action.setStatusTip(QCoreApplication.translate(context, spec.help) if spec.help
                            else action.text().replace("&", ""))
        handler = attrgetter(spec.handler)(owner)
        call: Callable[[], object] = partial(handler, *spec.args) if spec.args else handler
        if spec.refusable and guard is not None:
            call = guard(call)
        action.triggered.connect(lambda _checked=False, c=call: c())
        if spec.widget:
            target: QWidget = attrgetter(spec.widget)(owner)
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if spec.focus_only
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            target.addAction(action)
            if not is_window:
                owner.addAction(action)  # a panel lists all its keys in actions()
        else:
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut if is_window
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            owner.addAction(action)
        if spec.menu and menu_bar is not None:
            if spec.menu not in menus:
                menus[spec.menu] = menu_bar.addMenu(QCoreApplication.translate(context,
                                                                               spec.menu))
            elif spec.separator:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(action)
        actions[spec.id] = action
    if toolbar is not None:
        for action_id in keymap.toolbar:
            toolbar.addAction(actions[action_id])
    return actions


def button_for(action: QAction, label: str, parent: QWidget) -> QPushButton:
    """A button that triggers ``action``, with its shortcut in the tooltip."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button = QPushButton(label, parent)
    button.setAccessibleName(action.text())
    button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
    # Tab reaches buttons, but a click leaves the keyboard focus where it was.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


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
        own_key = button.shortcut()
        explicit = own_key != QKeySequence.mnemonic(button.text())
        button.setText(free_mnemonic(button.text(), used))
        if explicit:  # a new title resets the key to its Alt+letter: keep Ctrl+U
            button.setShortcut(own_key)
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
