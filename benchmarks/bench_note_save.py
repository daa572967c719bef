"""Saving a note as the facilitator does, at 1,000 / 100,000 / 1,000,000 notes.

Subject: in the real table window (child process, offscreen), a note is typed until
its draft is on disk, then Ctrl+Enter.  Two times per save: the store call the window
makes (``save_ending_draft``: the note written and the draft cleared in one commit),
timed inside that call; and the whole key press until the event loop is idle (the
list updated and painted).
Baseline: a bare INSERT of the same note row into the same ``notes`` table (its
indexes and search triggers included) plus COMMIT, on a second connection with
WAL and synchronous=FULL, interleaved with the subject.
Also counted: fsync/fdatasync calls made during each save (strace), which should be
one: the note and the cleared draft in one transaction.
Targets: the store call's p99 <= 2x the bare insert at every size; one fsync per note;
Ctrl+Enter to idle within one frame (16 ms) at the median.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.fixtures import copy_of, library
from benchmarks.rows import Row, percentile

SIZES = (1_000, 100_000, 1_000_000)
SAVES = 60


def child(*args: str, prefix: list[str] | None = None) -> dict:  # type: ignore[type-arg]
    result = subprocess.run([*(prefix or []), sys.executable, "-m", "benchmarks.gui_child",
                             *args], capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip()[-600:])
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def first_table(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        slug = conn.execute("SELECT slug FROM events ORDER BY slug LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    return f"{slug}:1"


def fsyncs_per_save(workdir: Path) -> float:
    db = copy_of(library(1_000), workdir / "fsync.db")
    trace = workdir / "strace.txt"
    data = child("save", str(db), first_table(db), "10",
                 prefix=["strace", "-f", "-ttt", "-e", "trace=fsync,fdatasync", "-o", str(trace)])
    stamps = [float(m.group(1)) for m in
              re.finditer(r"^\d+\s+(\d+\.\d+) f(?:data)?sync\(", trace.read_text(), re.M)]
    windows = data["windows"]
    counts = [sum(1 for t in stamps if start <= t <= end)
              for start, end in zip(windows[::2], windows[1::2], strict=True)]
    return sum(counts) / len(counts)


def run(workdir: Path) -> list[Row]:
    rows = []
    for size in SIZES:
        db = copy_of(library(size), workdir / f"save-{size}.db")
        data = child("save", str(db), first_table(db), str(SAVES))
        db.unlink()
        # the first saves warm the caches
        mine, base, commits = data["mine"][5:], data["base"][5:], data["commits"][5:]
        for pct in (50, 99):
            value, reference = percentile(commits, pct), percentile(base, pct)
            rows.append(Row(
                f"note save p{pct}, the window's store call (note + draft cleared, one commit), "
                f"{size:,} notes in the database, vs a bare INSERT+COMMIT", value, reference,
                "ms", "<= 2x", value <= 2 * reference, curve=f"note save p{pct}", x=size,
                x_label="notes in the database"))
        value = percentile(mine, 50)
        rows.append(Row(
            f"note save p50, Ctrl+Enter until the window is idle (saved, listed, painted), "
            f"{size:,} notes in the database", value, percentile(base, 50), "ms",
            "<= 16 ms (one frame)", value <= 16, note=f"p99 {percentile(mine, 99):.1f} ms",
            curve="Ctrl+Enter to idle", x=size, x_label="notes in the database"))
    if shutil.which("strace"):
        count = fsyncs_per_save(workdir)
        rows.append(Row("fsync calls per saved note (strace, 10 saves with a draft on disk)",
                        count, 1.0, "calls", "= 1", count <= 1.0))
    return rows
