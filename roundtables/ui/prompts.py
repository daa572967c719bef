"""The one place that shows dialogs: file choosers, confirmations, messages.

Everything in the ui asks through the module-level functions here.  The app
uses :class:`QtPrompts`; tests install :class:`ScriptedPrompts` (tests/conftest.py
does it for every test), which answers from a queue and records what was asked,
so no test ever blocks on a modal dialog.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")

# The dialog classes load when a dialog is first shown, not at start-up.


class PromptBackend(Protocol):
    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]: ...
    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None: ...
    def folder(self, parent: QWidget | None, title: str) -> Path | None: ...
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...
    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def text(self, parent: QWidget | None, title: str, label: str, default: str) -> str | None: ...


class QtPrompts:
    """Real dialogs for a person at the screen."""

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(n) for n in names]

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def text(self, parent: QWidget | None, title: str, label: str, default: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(parent, title, label, text=default)
        return value if ok else None


@dataclass
class ScriptedPrompts:
    """Answers prepared by a test, in order; records every question asked.

    ``answers`` holds what the next prompt returns (a Path, a list of Paths, a bool,
    a string or None).  ``asked`` records ``(kind, title, text)`` for every prompt,
    so a test can assert that an error was shown and what it said.
    """

    answers: deque[Any] = field(default_factory=deque)
    asked: list[tuple[str, str, str]] = field(default_factory=list)

    def answer(self, *values: Any) -> None:
        self.answers.extend(values)

    def _next(self, kind: str, title: str, text: str, default: Any) -> Any:
        self.asked.append((kind, title, text))
        return self.answers.popleft() if self.answers else default

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        value = self._next("open_files", title, filters, [])
        return [Path(v) for v in (value if isinstance(value, list) else [value])]

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        value = self._next("save_file", title, suggested, None)
        return Path(value) if value else None

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        value = self._next("folder", title, "", None)
        return Path(value) if value else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._next("confirm", title, text, False))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def text(self, parent: QWidget | None, title: str, label: str, default: str) -> str | None:
        value = self._next("text", title, label, None)
        return None if value is None else str(value)

    def messages(self, kind: str) -> list[str]:
        return [text for k, _, text in self.asked if k == kind]


_backend: PromptBackend = QtPrompts()


def use(backend: PromptBackend) -> PromptBackend:
    """Install a backend (tests); returns the previous one."""
    global _backend
    previous, _backend = _backend, backend
    return previous


def _keeping_focus(ask: Callable[[], T]) -> T:
    """Ask, then give the keyboard back to the widget that had it (a dialog that
    closes otherwise leaves it wherever Qt chooses)."""
    was = QApplication.focusWidget()
    try:
        return ask()
    finally:
        back = was if was is not None and shiboken6.isValid(was) else None
        if back is not None and back.isVisible() and QApplication.focusWidget() is not back:
            back.setFocus(Qt.FocusReason.OtherFocusReason)


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
    return _keeping_focus(lambda: _backend.open_files(parent, title, filters))


def open_file(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    chosen = _keeping_focus(lambda: _backend.open_files(parent, title, filters))
    return chosen[0] if chosen else None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
) -> Path | None:
    return _keeping_focus(lambda: _backend.save_file(parent, title, suggested, filters))


def folder(parent: QWidget | None, title: str) -> Path | None:
    return _keeping_focus(lambda: _backend.folder(parent, title))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return _keeping_focus(lambda: _backend.confirm(parent, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _keeping_focus(lambda: _backend.inform(parent, title, text))


def error(parent: QWidget | None, title: str, text: str) -> None:
    _keeping_focus(lambda: _backend.error(parent, title, text))


def text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    return _keeping_focus(lambda: _backend.text(parent, title, label, default))
