"""Starting the Qt application and its first window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from roundtables.storage import Store
from roundtables.ui.start_window import StartWindow


def run_gui(*, db: str | None = None, table: str | None = None) -> int:
    """Open the start window (or a table straight away) and run until closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Roundtables")
    app.setOrganizationName("Roundtables")
    store = Store.open(db)
    try:
        window = StartWindow(store)
        window.show()
        if table:
            window.open_table_ref(table)
        return int(app.exec())
    finally:
        store.close()
