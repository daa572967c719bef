"""Starting the Qt application and its first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from roundtables.storage import Store
from roundtables.ui.i18n import install_translator
from roundtables.ui.start_window import StartWindow, find_table_ref


def build_gui(store: Store, table: str | None = None, kit: Path | None = None) -> StartWindow:
    """The windows ``run_gui`` shows, without running the event loop (tests call this).

    With ``table`` (EVENT:TABLE) the table's workspace opens straight away and the
    start window stays hidden; an unknown table raises before any window exists.
    With ``kit`` (the table kit beside the app on a stick) the kit is imported and
    its table opens the same way; a rejected kit shows why, over the start window.
    """
    table_id = find_table_ref(store, table)[1].id if table else None
    window = StartWindow(store)
    if kit is not None and table_id is None:
        window.import_path(kit)
        if window.workspaces:
            return window
    if table_id is None:
        window.show()
        window.activateWindow()
        window.events_tree.setFocus()  # Enter opens the selected table at once
    else:
        window.open_table(table_id)
    return window


def run_gui(*, db: str | None = None, table: str | None = None, kit: Path | None = None) -> int:
    """Open the start window (or a table straight away) and run until closed."""
    store = Store.open(db)
    try:
        if table:
            find_table_ref(store, table)  # a one-line error before any window appears
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("Roundtables")
        app.setOrganizationName("Roundtables")
        install_translator(app)
        window = build_gui(store, table, kit)
        code = int(app.exec())
        window.deleteLater()
        return code
    finally:
        store.close()
