"""Start-up: process spawn until the main window is shown and the event loop is idle.

Subject: the app's own start (``main.py --db``), once on a database holding only the
demo and once on a library of 1,000,000 notes (200 events).
Baselines, each a child process started and timed the same way:
* a bare ``QMainWindow`` (no text, menu or list: it never loads fonts);
* a plain PySide6 window of the start window's shape: a menu bar with the same menus
  and nine actions, a heading, a three-column tree filled with the same number of
  events and tables, a wrapped label.  What Qt costs for that window is in both
  sides; what remains is the app's own work.
Targets: <= 1.5x the bare window and <= 1.15x the same-shape window on the demo;
the 1M-note library <= 1.2x the demo.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.fixtures import library
from benchmarks.rows import Row, interleaved, median

ROUNDS = 9

APP = """
import sys
from roundtables.app import main
import roundtables.ui.application as ui_app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

build_gui = ui_app.build_gui

def build_and_report(*args, **kwargs):
    window = build_gui(*args, **kwargs)
    QTimer.singleShot(0, lambda: (print("idle", flush=True), QApplication.instance().quit()))
    return window

ui_app.build_gui = build_and_report
main(["--db", sys.argv[1]])
"""

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(960, 620)
window.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), app.quit()))
app.exec()
"""

SHAPE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)
events, tables = int(sys.argv[1]), int(sys.argv[2])
app = QApplication([])
window = QMainWindow()
tree = QTreeWidget()
tree.setHeaderLabels(["Event / table", "Date", "Status / room"])
for e in range(events):
    item = QTreeWidgetItem([f"Event {e}", "2019-06-13", "draft"])
    for t in range(tables):
        item.addChild(QTreeWidgetItem([f"Table {t + 1}: a theme", "", "room"]))
    tree.addTopLevelItem(item)
    item.setExpanded(True)
heading = QLabel("Choose your round table")
font = heading.font(); font.setBold(True); heading.setFont(font)
message = QLabel("Select a table and press Enter to open it. " * 3)
message.setWordWrap(True)
central = QWidget()
layout = QVBoxLayout(central)
for widget in (heading, tree, message):
    layout.addWidget(widget)
window.setCentralWidget(central)
menus = {}
for title, key in [("&File", "Ctrl+O"), ("&File", "Ctrl+I"), ("&File", "Ctrl+Shift+I"),
                   ("&File", "Ctrl+Q"), ("&Organiser", "Ctrl+Shift+N"), ("&Organiser", "Ctrl+E"),
                   ("&Organiser", "Ctrl+Shift+F"), ("&Rapporteur", "Ctrl+Shift+R"),
                   ("&Help", "F1")]:
    menu = menus.get(title) or menus.setdefault(title, window.menuBar().addMenu(title))
    action = QAction(f"Action {key}", window)
    action.setShortcut(QKeySequence(key))
    menu.addAction(action)
window.statusBar()
window.resize(960, 620)
window.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), app.quit()))
app.exec()
"""


def _timed(script: str, *args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    _, err = proc.communicate(timeout=120)
    if line.strip() != "idle":
        raise RuntimeError(f"start-up script failed: {err.strip()[-300:]}")
    return elapsed


def run(workdir: Path) -> list[Row]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app starts from bytecode (pip compiles it); compile once rather
    # than measure the compiler on the first round.
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "roundtables"), quiet=1)
    demo = workdir / "demo.db"
    subprocess.run([sys.executable, "-m", "roundtables", "demo", "--db", str(demo)],
                   check=True, capture_output=True)
    big = library(1_000_000)
    for warm in ((APP, str(demo)), (APP, str(big)), (BARE,), (SHAPE, "1", "3")):
        _timed(*warm)  # the page cache warm for every side alike
    app, bare = interleaved(lambda: _timed(APP, str(demo)), lambda: _timed(BARE), ROUNDS)
    app2, shape = interleaved(lambda: _timed(APP, str(demo)),
                              lambda: _timed(SHAPE, "1", "3"), ROUNDS)
    library_app, demo_app = interleaved(lambda: _timed(APP, str(big)),
                                        lambda: _timed(APP, str(demo)), ROUNDS)
    demo_ms = median(app + app2)
    rows = [
        Row("start-up to idle, demo database, vs a bare QMainWindow", demo_ms, median(bare),
            "ms", "<= 1.5x", demo_ms <= 1.5 * median(bare)),
        Row("start-up to idle, demo database, vs a plain window of the start window's shape",
            median(app2), median(shape), "ms", "<= 1.15x",
            median(app2) <= 1.15 * median(shape)),
        Row("start-up to idle, 1,000,000-note library (200 events), vs the demo database",
            median(library_app), median(demo_app), "ms", "<= 1.2x",
            median(library_app) <= 1.2 * median(demo_app)),
    ]
    return rows
