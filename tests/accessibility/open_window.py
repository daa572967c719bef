"""Open one window of the app for the accessibility tests: ``open_window.py KIND DB``.

KIND is start | table | organiser | rapporteur | rapporteur:PAGE (a tab's number) |
plenary | library.  The application is named
``rt-KIND`` on the accessibility bus; it prints "ready" once the window is shown and
runs until killed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from roundtables.storage import Store
from roundtables.ui.i18n import install_translator


def main(kind: str, db: str, language: str = "") -> int:
    app = QApplication([sys.argv[0]])
    # unique per process: a window of an earlier test may still be listed on the bus
    app.setApplicationName(f"rt-{kind.replace(':', '-')}-{os.getpid()}")
    if language:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(language))
    install_translator(app)
    store = Store.open(db)
    event = store.events()[0]
    if kind == "start":
        from roundtables.ui.start_window import StartWindow

        window = StartWindow(store)
    elif kind == "table":
        from roundtables.ui.workspace.window import TableWorkspace

        window = TableWorkspace(store, store.tables(event.id)[0].id)
    elif kind == "organiser":
        from roundtables.ui.organiser.editor import EventEditor

        window = EventEditor(store, event.id)
    elif kind == "rapporteur":
        from roundtables.ui.rapporteur.workspace import RapporteurWindow

        window = RapporteurWindow(store, event.id)
    elif kind.startswith("rapporteur:"):  # one page of the rapporteur workspace, by number
        from roundtables.ui.rapporteur.workspace import RapporteurWindow

        window = RapporteurWindow(store, event.id)
        window.tabs.setCurrentIndex(int(kind.split(":")[1]))
    elif kind == "plenary":
        from roundtables.ui.plenary.window import PlenaryWindow

        window = PlenaryWindow(store, event.id)
    elif kind == "library":
        from roundtables.ui.organiser.library import LibraryWindow

        window = LibraryWindow(store)
    else:
        raise SystemExit(f"unknown window {kind}")
    window.resize(1366, 768)
    window.show()
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
