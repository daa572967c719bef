"""The facilitator's table window with many notes: opening, filtering, typing, memory.

All in child processes running the real window offscreen (``benchmarks.gui_child``),
each time taken until the event loop is idle (painting and due timers included).
* Opening a table of 5,000 / 50,000 notes (``main.py --table`` path, until idle), vs
  opening the same table with 500 notes: what the size costs.
* Filtering: each key typed into the notes filter until idle, and the wait until the
  list shows the filtered rows (a debounce counts), at 5,000 / 50,000 notes.
* Typing: every key of 20 notes until idle, then Ctrl+Enter until idle, in a table
  of 500 notes; baseline: the same keys into a plain QPlainTextEdit beside a list.
* Memory: peak RSS with 50,000 notes open and scrolled, vs a plain window showing a
  plain list model of 50,000 rows scrolled the same way.
Targets: open 50k <= 400 ms; filter <= 30 ms per key at 50k; memory <= 150 MB at 50k;
typing p99 key-to-idle <= 2x the plain field.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.fixtures import copy_of, single_event
from benchmarks.rows import Row, median, percentile


def child(*args: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "benchmarks.gui_child", *args],
                            capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip()[-600:])
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def table_ref(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return f"{conn.execute('SELECT slug FROM events LIMIT 1').fetchone()[0]}:1"
    finally:
        conn.close()


def closed_by_the_app(db: Path) -> Path:
    """A facilitator's database was last closed by the app: a copied file, never opened
    here, would be integrity-checked on its first open (the whole file read)."""
    from roundtables.storage import Store

    Store.open(db).close()
    return db


def run(workdir: Path) -> list[Row]:
    rows = []
    small = closed_by_the_app(copy_of(single_event(1, 500), workdir / "small.db"))
    reference = median([child("open-filter", str(small), table_ref(small))["open_ms"]
                        for _ in range(3)])
    for notes in (5_000, 50_000):
        db = closed_by_the_app(copy_of(single_event(1, notes), workdir / f"table-{notes}.db"))
        runs = [child("open-filter", str(db), table_ref(db)) for _ in range(3)]
        opened = median([r["open_ms"] for r in runs])
        rows.append(Row(f"open a table of {notes:,} notes until idle, vs the same with 500",
                        opened, reference, "ms", "<= 400 ms at 50k",
                        notes < 50_000 or opened <= 400, curve="open a table", x=notes,
                        x_label="notes in the table"))
        keys = [k for r in runs for k in r["keys"]]
        settle = median([r["settle_ms"] for r in runs])
        rows.append(Row(f"filter the notes of a {notes:,}-note table: p95 key to idle",
                        percentile(keys, 95), None, "ms", "<= 30 ms at 50k",
                        notes < 50_000 or percentile(keys, 95) <= 30,
                        note=f"list filtered {settle:.0f} ms after the last key",
                        curve="filter, key to idle", x=notes, x_label="notes in the table"))
        if notes == 50_000:
            mem = child("memory", str(db), table_ref(db))
            base = child("memory-baseline", str(mem["rows"]))
            rows.append(Row("peak memory, 50,000-note table open and scrolled, vs a plain "
                            "list of 50,000 rows", mem["peak_mb"], base["peak_mb"], "MB",
                            "<= 150 MB", mem["peak_mb"] <= 150 and mem["rows"] >= 50_000,
                            note=f"{mem['rows']} rows in the list"))
    typing = child("typing", str(small), table_ref(small), "20")
    plain = child("typing-baseline", "20")
    for pct in (50, 99):
        value, base_value = percentile(typing["keys"], pct), percentile(plain["keys"], pct)
        rows.append(Row(f"typing a note: p{pct} key press to idle, vs a plain text field",
                        value, base_value, "ms", "<= 2x (1 ms noise floor)",
                        value <= 2 * max(base_value, 1.0)))
    value = percentile(typing["saves"], 99)
    rows.append(Row("typing a note: p99 Ctrl+Enter to idle (saved and listed), vs adding "
                    "the text to a plain list", value, percentile(plain["saves"], 99), "ms",
                    "<= 16 ms (one frame)", value <= 16))
    return rows
