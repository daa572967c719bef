"""The store's commits as a Qt signal, so views refresh and the status bar says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from roundtables.domain import Record
from roundtables.storage import Store


class StoreSignals(QObject):
    """Emits ``saved(record)`` after every commit the store makes."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.listeners.append(self._on_saved)
        self.destroyed.connect(lambda *_: self.detach())

    def _on_saved(self, record: Record) -> None:
        self.saved.emit(record)

    def detach(self) -> None:
        if self._on_saved in self.store.listeners:
            self.store.listeners.remove(self._on_saved)
