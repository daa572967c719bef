"""Child-process measurements of the real window (memory, typing).

Run as ``python -m benchmarks.bench_gui MODE DB EVENT`` by bench_memory and
bench_typing; prints one JSON line with the numbers.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _open_table(db: str, ref: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from roundtables.storage import Store
    from roundtables.ui.start_window import StartWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(db)
    window = StartWindow(store)
    window.show()
    window.open_table_ref(ref)
    app.processEvents()
    workspace = QApplication.activeWindow() or window
    return app, store, window, workspace


def memory(db: str, ref: str) -> dict[str, float]:
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    app, _store, _window, _ = _open_table(db, ref)
    views = [w for w in QApplication.allWidgets() if isinstance(w, QAbstractItemView)]
    biggest = max(views, key=lambda v: v.model().rowCount() if v.model() else 0)
    for _ in range(3):
        biggest.scrollToBottom()
        app.processEvents()
    rows = biggest.model().rowCount()
    return {"peak_mb": _peak_rss_kb() / 1024, "rows": rows}


def _peak_rss_kb() -> int:
    """This process's peak resident memory.

    Linux's ru_maxrss survives exec, so a child started from a big benchmark
    process would report the parent's peak; VmHWM belongs to this program alone.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def typing(db: str, ref: str, notes: int = 200) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    app, _store, _window, _ = _open_table(db, ref)
    field = QApplication.focusWidget()
    if field is None:
        raise RuntimeError("no widget has focus after opening a table")
    views = [w for w in QApplication.allWidgets() if isinstance(w, QAbstractItemView)]
    notes_view = max(views, key=lambda v: v.model().rowCount() if v.model() else 0)
    model = notes_view.model()
    slowest_key = 0.0
    slowest_visible = 0.0
    for n in range(notes):
        text = f"Point {n} from the table about repairability #bench"
        for char in text:
            start = time.perf_counter()
            QTest.keyClick(field, char)
            slowest_key = max(slowest_key, time.perf_counter() - start)
        before = model.rowCount()
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        deadline = start + 2.0
        while model.rowCount() <= before and time.perf_counter() < deadline:
            app.processEvents()
        if model.rowCount() <= before:
            raise RuntimeError("a saved note did not appear in the list")
        slowest_visible = max(slowest_visible, time.perf_counter() - start)
    return {"slowest_key_ms": slowest_key * 1000, "slowest_visible_ms": slowest_visible * 1000}


if __name__ == "__main__":
    mode, db_path, table_ref = sys.argv[1:4]
    result = memory(db_path, table_ref) if mode == "memory" else typing(db_path, table_ref)
    print(json.dumps(result), flush=True)
    os._exit(0)  # measured; skip Qt teardown
