"""Table kits with the portable app beside each: a stick a facilitator just plugs in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtables.domain import Event
from roundtables.storage import Store


def write_kits_with_app(store: Store, event: Event, folder: Path) -> list[Path]:
    """Write every table's kit with the app (roundtables.services.stick); the kit paths.

    Copying the app takes a while on a slow stick: a busy cursor says so.
    """
    from roundtables.services.stick import write_sticks

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return [stick.kit for stick in write_sticks(store, event, folder)]
    finally:
        QApplication.restoreOverrideCursor()
