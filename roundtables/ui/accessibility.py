"""What assistive technology needs that Qt leaves out, for every window in one place.

Each window calls :func:`speak_to_assistive_technology` once it is built (and a panel
that builds widgets later calls it on itself).  It fills the gaps a screen reader meets
through AT-SPI (see ``tests/test_accessibility_atspi.py``):

* a combo box's drop-down list is a separate focusable object with no name of its own:
  it takes the combo box's name (its accessible name, else its buddy label's text, else
  its tool tip), and an editable combo box's text field takes it too;
* a tab widget and a scroll area are reported as a focusable "filler", a role that says
  nothing; the keyboard reaches their tab bar and the controls inside them anyway, so
  they stop taking focus themselves (a scroll area still brings the focused control
  into view).  Our scroll areas hold controls (articles, lists of notes); one that held
  only text would need a text browser instead;
* a widget that paints its own content (the plenary page) says which role it plays
  with :func:`set_role`, through an accessibility factory installed once;
* a main window's status-bar messages ("Note saved", what an import did) are announced
  to a screen reader, politely, without moving the keyboard;
* an empty label that only the mouse can select is a focusable object with nothing to
  say: it stops taking focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QComboBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStatusBar,
    QTabWidget,
    QWidget,
)


def _plain(text: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic, no colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _combo_name(combo: QComboBox, buddies: dict[int, str]) -> str:
    name = combo.accessibleName() or buddies.get(id(combo), "") or combo.toolTip()
    edit = combo.lineEdit() if combo.isEditable() else None
    if not name and edit is not None:
        name = edit.placeholderText()
    return name or QCoreApplication.translate("accessibility", "Choices")


def speak_to_assistive_technology(root: QWidget) -> None:
    """Give every control under ``root`` a name and a meaningful role (see the module)."""
    buddies = {id(label.buddy()): _plain(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and label.text()}
    for combo in root.findChildren(QComboBox):
        name = _combo_name(combo, buddies)
        if not combo.view().accessibleName():
            combo.view().setAccessibleName(name)
        edit = combo.lineEdit() if combo.isEditable() else None
        if edit is not None and not edit.accessibleName():
            edit.setAccessibleName(name)
    for container in (*root.findChildren(QTabWidget), *root.findChildren(QScrollArea)):
        container.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    status = root.findChild(QStatusBar) if isinstance(root, QMainWindow) else None
    if status is not None and status.property("announces") is None:  # never creates one
        status.setProperty("announces", True)
        status.messageChanged.connect(lambda text: announce(status, text))
    for label in root.findChildren(QLabel):
        if (label.focusPolicy() != Qt.FocusPolicy.NoFocus and not label.text().strip()
                and not label.accessibleName()):
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)



#: the dynamic property that carries a role chosen with :func:`set_role`
ROLE_PROPERTY = "roundtablesAccessibleRole"
_factory_installed = False
#: the interfaces handed to Qt, kept alive as long as their widget
_interfaces: dict[int, QAccessibleInterface] = {}


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget) or obj.property(ROLE_PROPERTY) is None:
        return None
    role = obj.property(ROLE_PROPERTY)
    interface = QAccessibleWidget(obj, QAccessible.Role(role))
    _interfaces[id(obj)] = interface
    obj.destroyed.connect(lambda *_: _interfaces.pop(id(obj), None))
    return interface


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Have ``widget`` announced with ``role`` (for widgets that paint their own content)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    widget.setProperty(ROLE_PROPERTY, role.value)


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` when it is free, the keyboard staying put.

    The widget's accessible description carries the words too (a description change is
    an event of its own), so a reader that ignores announcements still finds them.
    """
    if widget.accessibleDescription() == text:
        return
    widget.setAccessibleDescription(text)
    if text and QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
