"""Saving a note as the GUI does, with 10,000 notes already in the table.

Subject: the facilitator's path — ``save_undoable`` (the note committed, then an
undo step pushed on a QUndoStack), as the capture field calls it: the Store (WAL,
synchronous=FULL, FTS triggers), with a StoreSignals listener attached.
Baseline: a bare sqlite3 INSERT + COMMIT into a notes table of the same size,
with WAL and synchronous=FULL.  Targets: p99 within one frame (16 ms) and at most
2x the bare insert.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.fixtures import big_event
from benchmarks.rows import Row, interleaved, percentile
from roundtables.domain import Note
from roundtables.storage import Store

SAVES = 400


def _bare_database(path: Path, rows: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, table_id TEXT, text TEXT, type TEXT, "
        "tags TEXT, created_at TEXT)"
    )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO notes VALUES (?, 't', ?, 'insight', '[]', ?)",
        ((uuid.uuid4().hex, f"existing note {i}", str(i)) for i in range(rows)),
    )
    conn.execute("COMMIT")
    return conn


def run(workdir: Path) -> list[Row]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack

    from roundtables.ui.store_signals import StoreSignals
    from roundtables.ui.undo import save_undoable

    _app = QCoreApplication.instance() or QCoreApplication([])
    store = Store.open(workdir / "save.db")
    event = big_event(store, tables=1, notes_per_table=10_000, seed=3)
    table = store.tables(event.id)[0]
    signals = StoreSignals(store)
    seen: list[object] = []
    signals.saved.connect(seen.append)
    stack = QUndoStack()
    bare = _bare_database(workdir / "bare.db", 10_000)
    counter = iter(range(10**9))

    def subject() -> float:
        n = next(counter)
        note = Note(table_id=table.id, text=f"Note typed at the table {n} #tag", tags=["tag"])
        start = time.perf_counter()
        save_undoable(stack, store, None, note, "Add note")
        return (time.perf_counter() - start) * 1000

    def baseline() -> float:
        n = next(counter)
        start = time.perf_counter()
        bare.execute(
            "INSERT INTO notes VALUES (?, 't', ?, 'insight', '[\"tag\"]', ?)",
            (uuid.uuid4().hex, f"Note typed at the table {n} #tag", str(n)),
        )
        return (time.perf_counter() - start) * 1000

    try:
        for _ in range(20):  # warm up both
            subject()
            baseline()
        mine, base = interleaved(subject, baseline, SAVES)
    finally:
        bare.close()
        signals.detach()
        store.close()
    rows = []
    for pct in (50, 99):
        value, reference = percentile(mine, pct), percentile(base, pct)
        ok = value <= 2 * reference and (pct != 99 or value <= 16)
        rows.append(
            Row(
                name=f"note save p{pct} (10,000 notes in table)",
                value=value,
                baseline=reference,
                unit="ms",
                target="<= 2x bare insert" + (" and <= 16 ms" if pct == 99 else ""),
                meets_target=ok,
            )
        )
    return rows
