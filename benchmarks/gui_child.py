"""Measurements taken inside a child process running the real window.

``python -m benchmarks.gui_child MODE DB EVENT:TABLE [N]`` opens the table exactly as
``main.py --table`` does (``build_gui``), offscreen, and prints one JSON line.
Every time is taken from a key press (or call) until the event loop is idle again:
``idle()`` runs the loop until no event is pending, so painting, timers due by then
(the draft writer) and queued signals are inside the measurement.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: Linux's ru_maxrss survives exec)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def idle() -> None:
    """Run the event loop until it has nothing left to do (paints, timers due, signals)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)  # queued behind everything already posted
    loop.exec()


def open_table(db: str, ref: str) -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from roundtables.storage import Store
    from roundtables.ui.application import build_gui

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(db)
    window = build_gui(store, ref)
    idle()
    return app, store, window


def focused_field() -> Any:
    from PySide6.QtWidgets import QApplication

    field = QApplication.focusWidget()
    if field is None:
        raise RuntimeError("no widget has focus after opening a table")
    return field


def biggest_view() -> Any:
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    views = [w for w in QApplication.allWidgets() if isinstance(w, QAbstractItemView)]
    return max(views, key=lambda v: v.model().rowCount() if v.model() else 0)


def type_text(field: Any, text: str) -> None:
    from PySide6.QtTest import QTest

    for char in text:
        QTest.keyClick(field, char)


def ctrl_enter(field: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def save(db: str, ref: str, saves: int) -> dict[str, Any]:
    """The facilitator's save: a draft exists, Ctrl+Enter, until idle.  Interleaved with
    a bare INSERT of the same note row plus COMMIT on a second connection to the file."""
    _app, store, _window = open_table(db, ref)
    field = focused_field()
    # The store's part of the save (the note and the draft's removal, one commit),
    # timed inside the real call the window makes.
    commits: list[float] = []
    real_save = store.save_ending_draft

    def timed_save(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_save(*args, **kwargs)
        finally:
            commits.append((time.perf_counter() - started) * 1000)

    store.save_ending_draft = timed_save
    reader = sqlite3.connect(db, isolation_level=None)
    bare = sqlite3.connect(db, isolation_level=None)
    bare.execute("PRAGMA synchronous=FULL")
    table_id, columns = bare_note_shape(bare, ref)
    mine, base, windows = [], [], []
    for n in range(saves):
        type_text(field, f"Point {n} about repairability and the supplier's audit")
        deadline = time.perf_counter() + 3
        while not reader.execute("SELECT 1 FROM drafts WHERE table_id=?",
                                 (table_id,)).fetchone():
            if time.perf_counter() > deadline:
                raise RuntimeError("the draft was not written within 3 s of typing")
            idle()
            time.sleep(0.01)
        windows.append(time.time())
        start = time.perf_counter()
        ctrl_enter(field)
        idle()
        mine.append((time.perf_counter() - start) * 1000)
        windows.append(time.time())
        start = time.perf_counter()
        bare_insert(bare, table_id, columns, n)
        base.append((time.perf_counter() - start) * 1000)
        if field.toPlainText():
            raise RuntimeError("the note field was not emptied by the save")
    return {"mine": mine, "base": base, "windows": windows, "commits": commits}


def bare_note_shape(conn: sqlite3.Connection, ref: str) -> tuple[str, list[str]]:
    """The opened table's id (``ref`` is SLUG:NUMBER) and the notes table's columns."""
    slug, number = ref.rsplit(":", 1)
    table_id = conn.execute("SELECT t.id FROM round_tables t JOIN events e ON e.id = t.event_id "
                            "WHERE e.slug = ? AND t.number = ?", (slug, int(number))).fetchone()[0]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(notes)")]
    return table_id, columns


def bare_insert(conn: sqlite3.Connection, table_id: str, columns: list[str], n: int) -> None:
    import uuid

    values: dict[str, object] = {
        "id": uuid.uuid4().hex, "revision": 1, "updated_at": "2026-01-01T00:00:00Z",
        "device_id": "bench", "deleted": 0, "table_id": table_id,
        "text": f"Point {n} about repairability and the supplier's audit",
        "type": "insight", "speaker": "", "tags": "[]", "key_message": 0,
        "created_at": "2026-01-01T00:00:00Z",
    }
    names = [c for c in columns if c in values]
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO notes ({', '.join(names)}) VALUES "
                 f"({', '.join('?' for _ in names)})", [values[c] for c in names])
    conn.execute("COMMIT")


def typing(db: str, ref: str, notes: int) -> dict[str, Any]:
    """Key press to idle for every character of ``notes`` notes, then save each."""
    _app, _store, _window = open_table(db, ref)
    field = focused_field()
    keys, saves = [], []
    from PySide6.QtTest import QTest

    for n in range(notes):
        for char in f"Point {n} from the table about repairability #bench":
            start = time.perf_counter()
            QTest.keyClick(field, char)
            idle()
            keys.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        ctrl_enter(field)
        idle()
        saves.append((time.perf_counter() - start) * 1000)
    return {"keys": keys, "saves": saves}


def typing_baseline(notes: int) -> dict[str, Any]:
    """The same key presses into a plain QPlainTextEdit beside a list, in a plain window."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QListWidget,
        QMainWindow,
        QPlainTextEdit,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    listing, field = QListWidget(), QPlainTextEdit()
    listing.addItems([f"Existing note {i}" for i in range(500)])
    layout.addWidget(listing)
    layout.addWidget(field)
    window.setCentralWidget(central)
    window.resize(1280, 720)
    window.show()
    field.setFocus()
    idle()
    keys, saves = [], []
    for n in range(notes):
        for char in f"Point {n} from the table about repairability #bench":
            start = time.perf_counter()
            QTest.keyClick(field, char)
            idle()
            keys.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        listing.addItem(field.toPlainText())
        field.clear()
        idle()
        saves.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    return {"keys": keys, "saves": saves}


def open_and_filter(db: str, ref: str) -> dict[str, Any]:
    """Opening the table until idle, then each key of a notes filter until idle."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import roundtables.ui.application
    import roundtables.ui.workspace.window  # noqa: F401

    start = time.perf_counter()
    app, _store, _window = open_table(db, ref)
    opened = (time.perf_counter() - start) * 1000
    rows = biggest_view().model().rowCount()
    filters = [w for w in QApplication.allWidgets()
               if isinstance(w, QLineEdit) and w.isVisible() and w.isEnabled()
               and "filter" in (w.accessibleName() + w.placeholderText()).lower()]
    if not filters:
        raise RuntimeError("no visible notes filter field found")
    field = filters[0]
    field.setFocus()
    keys = []
    from PySide6.QtTest import QTest

    for char in "supplier":
        t0 = time.perf_counter()
        QTest.keyClick(field, char)
        idle()
        keys.append((time.perf_counter() - t0) * 1000)
    # a debounced filter applies later: wait for it, and count that wait as well
    t0 = time.perf_counter()
    view = biggest_view()
    deadline = t0 + 5
    while view.model().rowCount() >= rows and time.perf_counter() < deadline:
        idle()
        app.processEvents()
    settled = (time.perf_counter() - t0) * 1000
    return {"open_ms": opened, "rows": rows, "keys": keys, "settle_ms": settled,
            "shown": view.model().rowCount()}


def memory(db: str, ref: str) -> dict[str, Any]:
    _app, _store, _window = open_table(db, ref)
    view = biggest_view()
    for _ in range(3):
        view.scrollToBottom()
        idle()
        view.scrollToTop()
        idle()
    return {"peak_mb": peak_rss_mb(), "rows": view.model().rowCount()}


def memory_baseline(rows: int) -> dict[str, Any]:
    """A plain window with a plain list model of as many short rows, scrolled the same."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(QStringListModel([f"Note {i}" for i in range(rows)]))
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    for _ in range(3):
        view.scrollToBottom()
        idle()
        view.scrollToTop()
        idle()
    app.processEvents()
    return {"peak_mb": peak_rss_mb(), "rows": rows}


def main(argv: list[str]) -> None:
    mode, rest = argv[0], argv[1:]
    result: dict[str, Any]
    if mode == "save":
        result = save(rest[0], rest[1], int(rest[2]))
    elif mode == "typing":
        result = typing(rest[0], rest[1], int(rest[2]))
    elif mode == "typing-baseline":
        result = typing_baseline(int(rest[0]))
    elif mode == "open-filter":
        result = open_and_filter(rest[0], rest[1])
    elif mode == "memory":
        result = memory(rest[0], rest[1])
    elif mode == "memory-baseline":
        result = memory_baseline(int(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    os._exit(0)  # measured; skip Qt teardown


if __name__ == "__main__":
    main(sys.argv[1:])
