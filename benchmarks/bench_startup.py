"""Start-up: process start until the main window is shown and idle.

Subject: the app's own start (``main.py --db`` on a database holding the demo).
Baseline: a bare PySide6 QMainWindow started the same way.  Both are child
processes timed from spawn until they print "idle" from the first turn of the
event loop after the window is shown.  Target: at most 1.5x the bare window.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.rows import Row, interleaved, median

ROUNDS = 7

# The app starts exactly as main.py does; the only addition is a hook after its
# windows are built that reports the first idle turn of the event loop.
APP = """
import sys
from roundtables.app import main
import roundtables.storage
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
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(900, 600)
window.show()
QTimer.singleShot(0, lambda: (print("idle", flush=True), app.quit()))
app.exec()
"""


def _timed(script: str, *args: str) -> float:
    env_cmd = [sys.executable, "-c", script, *args]
    start = time.perf_counter()
    proc = subprocess.Popen(env_cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    _, err = proc.communicate(timeout=60)
    if line.strip() != "idle":
        raise RuntimeError(f"start-up script failed: {err.strip()[-300:]}")
    return elapsed


def run(workdir: Path) -> list[Row]:
    import compileall
    import os

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app starts from bytecode (pip compiles it); this machine sets
    # PYTHONDONTWRITEBYTECODE, so compile once rather than measure the compiler.
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "roundtables"), quiet=1)
    db = workdir / "demo.db"
    subprocess.run(
        [sys.executable, "-m", "roundtables", "demo", "--db", str(db)],
        check=True, capture_output=True,
    )
    _timed(APP, str(db))  # warm the file cache for both
    _timed(BARE)
    mine, base = interleaved(lambda: _timed(APP, str(db)), lambda: _timed(BARE), ROUNDS)
    value, reference = median(mine), median(base)
    return [
        Row(
            name="start-up to idle main window (median of 7)",
            value=value,
            baseline=reference,
            unit="ms",
            target="<= 1.5x bare QMainWindow",
            meets_target=value <= 1.5 * reference,
        )
    ]
